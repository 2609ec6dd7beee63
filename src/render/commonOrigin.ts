import type { Viewport } from '@deck.gl/core';
import { matrixAtOrigin } from '../core/matrixAtOrigin';

const uniformBlock = /* glsl */ `\
layout(std140) uniform commonOriginUniforms {
  mat4 clipFromOrigin;
  vec2 origin;
  vec2 viewportSize;
} commonOrigin;
`;

export interface CommonOriginProps {
  viewport: Viewport;
  /** Where the layer's positions are measured from, in common space (core/commonPositions.ts). */
  origin: readonly [x: number, y: number];
}

/**
 * A shader module for positions given in deck.gl's common space, measured from an origin near
 * them: `commonOrigin_clip(position, low)` is the clip position, with the view's matrix moved
 * to the origin on the CPU in 64-bit floats (core/matrixAtOrigin.ts), and
 * `commonOrigin_offsetPixels` moves it on the screen. deck.gl's projection serves every
 * coordinate system and projection in one function, and a software GPU compiles and runs all
 * of it for every vertex; the layers that use this module (borders, circles, fills, text)
 * call none of it.
 */
export const commonOrigin = {
  name: 'commonOrigin',
  vs: /* glsl */ `\
${uniformBlock}
// The clip position of a point given from the origin, with the low part of its 64-bit value.
vec4 commonOrigin_clip(vec3 position, vec2 low) {
  return commonOrigin.clipFromOrigin * vec4(position, 1.0)
    + commonOrigin.clipFromOrigin * vec4(low, 0.0, 0.0);
}

// \`clip\` moved by \`pixels\` on the screen: a pixel is 2 / size of clip space's width, times w.
vec4 commonOrigin_offsetPixels(vec4 clip, vec2 pixels) {
  return clip + vec4(pixels * 2.0 / commonOrigin.viewportSize * clip.w, 0.0, 0.0);
}
`,
  uniformTypes: { clipFromOrigin: 'mat4x4<f32>', origin: 'vec2<f32>', viewportSize: 'vec2<f32>' },
  getUniforms(props?: Partial<CommonOriginProps>) {
    if (!props?.viewport || !props.origin) return {};
    const { viewport, origin } = props;
    return {
      clipFromOrigin: matrixAtOrigin(viewport.viewProjectionMatrix, origin),
      origin: [origin[0], origin[1]],
      viewportSize: [viewport.width, viewport.height],
    };
  },
} as const;
