import type { DefaultProps, Layer } from '@deck.gl/core';
import { SolidPolygonLayer, type SolidPolygonLayerProps } from '@deck.gl/layers';
import { commonOrigin } from './commonOrigin';

// deck.gl's polygon vertex shader for a flat fill whose positions are in common space,
// measured from `origin`: no projection and no lighting, which serve every coordinate system,
// projection and extrusion in one function that a software GPU compiles and runs whole. The
// extensions' hooks run as in deck.gl's shader, and the fragment shader is deck.gl's own. It
// reads every attribute deck.gl binds for the layer, the extrusion's too: a buffer that no
// shader reads draws a warning.
const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME flat-fill-layer-vertex-shader
in vec3 vertexPositions;
in vec3 vertexPositions64Low;
in float elevations;
in vec4 fillColors;
in vec4 lineColors;
in float rowIndexes;
out vec4 vColor;

void main(void) {
  vec3 position = vertexPositions;
  if (solidPolygon.extruded) position.z += elevations * solidPolygon.elevationScale;
  geometry.worldPosition = vertexPositions;
  geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
  // The position in common space whole, as deck.gl's projection gives it below zoom 12: the
  // patterns are laid out in it.
  geometry.position = vec4(commonOrigin.origin + vertexPositions.xy + vertexPositions64Low.xy, position.z, 1.0);
  gl_Position = commonOrigin_clip(position, vertexPositions64Low.xy);
  DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
  vec4 colors = solidPolygon.isWireframe ? lineColors : fillColors;
  vColor = vec4(colors.rgb, colors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vColor, geometry);
}
`;

interface FlatFillProps {
  /**
   * Where the polygons' positions are measured from, in deck.gl's common space
   * (core/commonPositions.ts).
   */
  origin: readonly [x: number, y: number];
}

export type FlatFillLayerProps<D> = SolidPolygonLayerProps<D> & FlatFillProps;

const defaultProps: DefaultProps<FlatFillLayerProps<unknown>> = {
  origin: { type: 'array', value: [0, 0], compare: true },
};

/**
 * deck.gl's SolidPolygonLayer for polygons given in common space and never extruded (the
 * land, the regions and their patterns): it looks the same, and a software GPU compiles its
 * vertex shader in a fraction of the time.
 */
export class FlatFillLayer<
  D = unknown,
  ExtraProps extends object = object,
> extends SolidPolygonLayer<D, ExtraProps & FlatFillProps> {
  static override layerName = 'FlatFillLayer';
  static override defaultProps = defaultProps as DefaultProps<FlatFillLayerProps<unknown>>;

  override getShaders(type: 'top' | 'side') {
    const shaders = super.getShaders(type);
    if (type !== 'top') return shaders;
    return { ...shaders, vs, modules: [...shaders.modules, commonOrigin] };
  }

  override draw(params: Parameters<Layer['draw']>[0]): void {
    const { viewport } = this.context;
    this.setShaderModuleProps({ commonOrigin: { viewport, origin: this.props.origin } });
    super.draw(params);
  }
}
