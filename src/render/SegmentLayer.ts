import {
  Layer,
  project32,
  type Color,
  type DefaultProps,
  type LayerProps,
  type UpdateParameters,
} from '@deck.gl/core';
import { Geometry, Model } from '@luma.gl/engine';
import { lineJoins } from '../core/lineJoins';
import type { Line } from '../core/linesAtZoom';
import { lineSegments } from '../core/lineSegments';
import { segmentVertices } from '../core/segmentVertices';
import { commonOrigin } from './commonOrigin';

const uniformBlock = /* glsl */ `\
layout(std140) uniform segmentUniforms {
  vec4 color;
  float widthPixels;
} segment;
`;

const segmentUniforms = {
  name: 'segment',
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: { color: 'vec4<f32>', widthPixels: 'f32' },
} as const;

// Positions in common space, measured from the lines' middle (commonOrigin.ts): the shader
// projects nothing itself.
const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME segment-layer-vertex-shader
in vec2 sources;
in vec2 targets;
// x: 0 at the segment's start, 1 at its end; y: which side of it, -1 or 1.
in vec2 corners;
out vec4 vColor;

void main(void) {
  vec4 source = commonOrigin.clipFromOrigin * vec4(sources, 0.0, 1.0);
  vec4 target = commonOrigin.clipFromOrigin * vec4(targets, 0.0, 1.0);
  vec2 along = (target.xy / target.w - source.xy / source.w) * commonOrigin.viewportSize;
  float pixels = length(along);
  // A segment shorter than a pixel's float precision has no direction: it draws nothing.
  vec2 across = pixels > 0.0 ? vec2(-along.y, along.x) / pixels : vec2(0.0);
  vec4 position = mix(source, target, corners.x);
  // Half the width to each side; a pixel is 2 / size of clip space's width, times w.
  vec2 offset = across * corners.y * segment.widthPixels / commonOrigin.viewportSize;
  gl_Position = position + vec4(offset * position.w, 0.0, 0.0);
  vColor = vec4(segment.color.rgb, segment.color.a * layer.opacity);
}
`;

const fs = /* glsl */ `\
#version 300 es
#define SHADER_NAME segment-layer-fragment-shader
precision highp float;
in vec4 vColor;
out vec4 fragColor;

void main(void) {
  fragColor = vColor;
}
`;

export type SegmentLayerProps = LayerProps & {
  /** Compared by identity: the same lines, as on a timeline step, are not laid out again. */
  lines: readonly Line[];
  color: Color;
  widthPixels: number;
  /**
   * Close the outer side of each turn: a line a pixel wide shows no gap there, a wider one
   * does. Read with `lines`.
   */
  joins: boolean;
};

const defaultProps: DefaultProps<SegmentLayerProps> = {
  lines: { type: 'object', value: [], compare: false },
  color: { type: 'color', value: [0, 0, 0, 255] },
  widthPixels: { type: 'number', value: 1, min: 0 },
  joins: false,
};

function geometryOf(lines: readonly Line[], joins: boolean): LaidOut {
  const v = segmentVertices(lineSegments(lines), joins ? lineJoins(lines) : undefined);
  return {
    origin: v.origin,
    geometry: new Geometry({
      topology: 'triangle-list',
      vertexCount: v.vertexCount,
      attributes: {
        sources: { size: 2, value: v.sources },
        targets: { size: 2, value: v.targets },
        corners: { size: 2, value: v.corners },
      },
    }),
  };
}

interface LaidOut {
  origin: readonly [number, number];
  geometry: Geometry;
}

/**
 * Lines of one colour and width, as straight segments: a pixel or so wide, their joins do not
 * show; wider, `joins` closes them with a bevel. Drawn as one list of triangles rather than
 * as instances (core/segmentVertices.ts says why); the vertices are laid out once per set of
 * lines, and a frame sets the view's matrix, the colour and the width and makes one draw call.
 */
export class SegmentLayer extends Layer<Required<SegmentLayerProps>> {
  static override layerName = 'SegmentLayer';
  static override defaultProps = defaultProps;
  declare state: { model: Model | null; origin: readonly [number, number] };

  override getShaders() {
    // deck.gl sets the projection's uniforms on every layer it draws; the module stays, so
    // that they have somewhere to go, though this shader calls none of its functions.
    return super.getShaders({ vs, fs, modules: [project32, commonOrigin, segmentUniforms] });
  }

  override initializeState(): void {
    this.state = { model: null, origin: [0, 0] };
  }

  override updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    const { props, oldProps } = params;
    if (props.lines === oldProps.lines && props.joins === oldProps.joins) return;
    this.state.model?.destroy();
    const { geometry, origin } = geometryOf(props.lines, props.joins);
    this.setState({
      origin,
      model:
        geometry.vertexCount > 0
          ? new Model(this.context.device, { ...this.getShaders(), id: props.id, geometry })
          : null,
    });
  }

  override draw(): void {
    const { model, origin } = this.state;
    if (!model) return;
    const [r = 0, g = 0, b = 0, a = 255] = this.props.color;
    model.shaderInputs.setProps({
      commonOrigin: { viewport: this.context.viewport, origin },
      segment: { color: [r / 255, g / 255, b / 255, a / 255], widthPixels: this.props.widthPixels },
    });
    model.draw(this.context.renderPass);
  }

  override finalizeState(context: Parameters<Layer['finalizeState']>[0]): void {
    super.finalizeState(context);
    this.state.model?.destroy();
  }
}
