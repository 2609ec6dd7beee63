import type { _ConstructorOf as ConstructorOf, DefaultProps, Layer } from '@deck.gl/core';
import { _MultiIconLayer as MultiIconLayer, TextLayer, type TextLayerProps } from '@deck.gl/layers';
import { commonOrigin } from './commonOrigin';

// deck.gl's vertex shader for the characters of a text layer, for upright text that faces the
// screen, sized in pixels, with its positions in common space measured from `origin`: it
// computes no projection and no unit conversion, and lays out no content box. deck.gl's own
// serves every coordinate system, projection, unit and alignment in one function, and a
// software GPU compiled all of it: about 0.3 s of CPU on each new map, the longest of any of
// its programs. The fragment shader is deck.gl's own. Every attribute deck.gl binds for the
// characters is read: a buffer that no shader reads draws a warning.
const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME pixel-text-vertex-shader
in vec2 positions;
in vec3 instancePositions;
in vec3 instancePositions64Low;
in float instanceSizes;
in float instanceAngles;
in vec4 instanceColors;
in float rowIndexes;
in vec4 instanceIconFrames;
in float instanceColorModes;
in vec2 instanceOffsets;
in vec2 instancePixelOffset;
in vec4 instanceClipRect;
out float vColorMode;
out vec4 vColor;
out vec2 vTextureCoords;
out vec2 uv;

vec2 rotate_by_angle(vec2 vertex, float angle) {
  float radians = angle * PI / 180.0;
  float c = cos(radians);
  float s = sin(radians);
  return mat2(c, -s, s, c) * vertex;
}

void main(void) {
  geometry.worldPosition = instancePositions;
  geometry.uv = positions;
  geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
  uv = positions;
  vec2 iconSize = instanceIconFrames.zw;
  float sizePixels = clamp(instanceSizes * icon.sizeScale, icon.sizeMinPixels, icon.sizeMaxPixels);
  vec2 pixelOffset = positions / 2.0 * iconSize + instanceOffsets;
  pixelOffset = rotate_by_angle(pixelOffset, instanceAngles) * sizePixels / text.fontSize;
  pixelOffset += instancePixelOffset;
  pixelOffset.y *= -1.0;
  geometry.position = vec4(commonOrigin.origin + instancePositions.xy + instancePositions64Low.xy, 0.0, 1.0);
  gl_Position = commonOrigin_clip(vec3(instancePositions.xy, 0.0), instancePositions64Low.xy);
  DECKGL_FILTER_GL_POSITION(gl_Position, geometry);
  vec3 offset = vec3(pixelOffset, 0.0);
  DECKGL_FILTER_SIZE(offset, geometry);
  gl_Position = commonOrigin_offsetPixels(gl_Position, offset.xy);
  // A content box is not laid out here (the props leave it out): a character given one is
  // not drawn, rather than drawn where deck.gl would not put it.
  if (instanceClipRect.z >= 0.0 || instanceClipRect.w >= 0.0) gl_Position = vec4(0.0);
  vTextureCoords = mix(instanceIconFrames.xy, instanceIconFrames.xy + iconSize,
    (positions.xy + 1.0) / 2.0) / icon.iconsTextureDim;
  vColor = instanceColors;
  DECKGL_FILTER_COLOR(vColor, geometry);
  vColorMode = instanceColorModes;
}
`;

interface PixelTextProps {
  /**
   * Where `getPosition`'s positions are measured from, in deck.gl's common space
   * (core/commonPositions.ts): near the text, so that it keeps its precision on the GPU.
   */
  origin: readonly [x: number, y: number];
}

// What the shader above does not lay out, and the background, which deck.gl would draw with
// its own projection from positions that are not longitudes and latitudes.
export type PixelTextLayerProps<D> = Omit<
  TextLayerProps<D>,
  | 'background'
  | 'billboard'
  | 'sizeUnits'
  | 'getContentBox'
  | 'contentCutoffPixels'
  | 'contentAlignHorizontal'
  | 'contentAlignVertical'
> &
  PixelTextProps;

const defaultProps: DefaultProps<PixelTextProps> = {
  origin: { type: 'array', value: [0, 0], compare: true },
};

/** The characters of a PixelTextLayer: deck.gl's, with the vertex shader above. */
class PixelCharactersLayer extends MultiIconLayer<unknown> {
  static override layerName = 'PixelCharactersLayer';

  override getShaders() {
    const shaders = super.getShaders();
    return { ...shaders, vs, modules: [...shaders.modules, commonOrigin] };
  }

  override draw(params: Parameters<Layer['draw']>[0]): void {
    const { viewport } = this.context;
    const origin = (this.parent as PixelTextLayer<unknown> | null)?.props.origin ?? [0, 0];
    this.setShaderModuleProps({ commonOrigin: { viewport, origin } });
    super.draw(params);
  }
}

/**
 * deck.gl's TextLayer for this map's labels: upright text facing the screen, sized in pixels,
 * given in common space from `origin`, with no content box and no background
 * (`PixelTextLayerProps`). It looks the same; a software GPU compiles its characters' program
 * in a fraction of the time.
 */
export class PixelTextLayer<D = unknown> extends TextLayer<D, PixelTextProps> {
  static override layerName = 'PixelTextLayer';
  static override defaultProps = defaultProps as DefaultProps<PixelTextLayerProps<unknown>>;

  constructor(...props: Partial<PixelTextLayerProps<D>>[]) {
    super(...props);
  }

  protected override getSubLayerClass<T extends Layer>(
    id: string,
    DefaultLayerClass: ConstructorOf<T>,
  ): ConstructorOf<T> {
    if (id === 'characters') return PixelCharactersLayer as unknown as ConstructorOf<T>;
    return super.getSubLayerClass(id, DefaultLayerClass);
  }
}
