import type { DefaultProps, Layer } from '@deck.gl/core';
import { ScatterplotLayer, type ScatterplotLayerProps } from '@deck.gl/layers';
import { commonOrigin } from './commonOrigin';

// deck.gl's scatterplot vertex shader with its sizes in pixels and its positions in common
// space, measured from `origin`: it computes no projection and no unit conversion. Those
// serve every coordinate system, projection and unit in one function, and a software GPU
// compiles and runs all of it for every circle. The fragment shader is deck.gl's own.
const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME pixel-circle-layer-vertex-shader
in vec3 positions;
in vec3 instancePositions;
in vec3 instancePositions64Low;
in float instanceRadius;
in float instanceLineWidths;
in vec4 instanceFillColors;
in vec4 instanceLineColors;
in vec2 instancePixelOffset;
out vec4 vFillColor;
out vec4 vLineColor;
out vec2 unitPosition;
out float innerUnitRadius;
out float outerRadiusPixels;

void main(void) {
  geometry.worldPosition = instancePositions;
  outerRadiusPixels = clamp(scatterplot.radiusScale * instanceRadius,
    scatterplot.radiusMinPixels, scatterplot.radiusMaxPixels);
  float lineWidthPixels = clamp(scatterplot.lineWidthScale * instanceLineWidths,
    scatterplot.lineWidthMinPixels, scatterplot.lineWidthMaxPixels);
  outerRadiusPixels += scatterplot.stroked * lineWidthPixels / 2.0;
  float edgePadding = scatterplot.antialiasing ? (outerRadiusPixels + SMOOTH_EDGE_RADIUS) / outerRadiusPixels : 1.0;
  unitPosition = edgePadding * positions.xy;
  geometry.uv = unitPosition;
  geometry.pickingColor = picking_getPickingColorFromInstanceID();
  innerUnitRadius = 1.0 - scatterplot.stroked * lineWidthPixels / outerRadiusPixels;
  vec4 centre = commonOrigin_clip(vec3(instancePositions.xy, 0.0), instancePositions64Low.xy);
  vec2 offset = edgePadding * positions.xy * outerRadiusPixels + instancePixelOffset;
  gl_Position = commonOrigin_offsetPixels(centre, offset);
  vFillColor = vec4(instanceFillColors.rgb, instanceFillColors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vFillColor, geometry);
  vLineColor = vec4(instanceLineColors.rgb, instanceLineColors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vLineColor, geometry);
}
`;

export type PixelCircleLayerProps<D> = ScatterplotLayerProps<D> & {
  /**
   * Where `getPosition`'s positions are measured from, in deck.gl's common space
   * (core/commonPositions.ts): near the circles, so that they keep their precision on the GPU.
   */
  origin: readonly [x: number, y: number];
};

const defaultProps: DefaultProps<PixelCircleLayerProps<unknown>> = {
  origin: { type: 'array', value: [0, 0], compare: true },
};

/**
 * deck.gl's ScatterplotLayer drawn with a vertex shader for this map's circles only: given in
 * common space and sized in pixels (`radiusUnits` and `lineWidthUnits` must be 'pixels'),
 * never billboarded off the ground, and with no extension's hook on its position or size (the
 * map gives it none). It looks the same; a software GPU compiles it in a fraction of the time.
 */
export class PixelCircleLayer<D = unknown> extends ScatterplotLayer<D, PixelCircleLayerProps<D>> {
  static override layerName = 'PixelCircleLayer';
  static override defaultProps = defaultProps as DefaultProps<PixelCircleLayerProps<unknown>>;

  override getShaders() {
    const shaders = super.getShaders();
    return { ...shaders, vs, modules: [...shaders.modules, commonOrigin] };
  }

  override draw(params: Parameters<Layer['draw']>[0]): void {
    const { viewport } = this.context;
    this.setShaderModuleProps({ commonOrigin: { viewport, origin: this.props.origin } });
    super.draw(params);
  }
}
