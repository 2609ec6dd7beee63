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
 * them: `commonOrigin.clipFromOrigin * vec4(position, 1.0)` is the clip position, with the
 * view's matrix moved to the origin on the CPU in 64-bit floats (core/matrixAtOrigin.ts).
 * deck.gl's projection serves every coordinate system and projection in one function, and a
 * software GPU compiles and runs all of it for every vertex; the layers that use this module
 * (borders, circles, fills) call none of it.
 */
export const commonOrigin = {
  name: 'commonOrigin',
  vs: uniformBlock,
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
