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

const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME segment-layer-vertex-shader
in vec3 sourcePositions;
in vec3 sourcePositions64Low;
in vec3 targetPositions;
in vec3 targetPositions64Low;
// x: 0 at the segment's start, 1 at its end; y: which side of it, -1 or 1.
in vec2 corners;
out vec4 vColor;

void main(void) {
  vec4 sourceCommon;
  vec4 targetCommon;
  vec4 source = project_position_to_clipspace(sourcePositions, sourcePositions64Low, vec3(0.0), sourceCommon);
  vec4 target = project_position_to_clipspace(targetPositions, targetPositions64Low, vec3(0.0), targetCommon);
  vec2 along = (target.xy - source.xy) * project.viewportSize;
  float pixels = length(along);
  // A segment shorter than a pixel's float precision has no direction: it draws nothing.
  vec2 across = pixels > 0.0 ? vec2(-along.y, along.x) / pixels : vec2(0.0);
  vec2 offset = across * corners.y * segment.widthPixels / 2.0;
  gl_Position = mix(source, target, corners.x) + vec4(project_pixel_size_to_clipspace(offset), 0.0, 0.0);
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

function geometryOf(lines: readonly Line[], joins: boolean): Geometry {
  const v = segmentVertices(lineSegments(lines), joins ? lineJoins(lines) : undefined);
  return new Geometry({
    topology: 'triangle-list',
    vertexCount: v.vertexCount,
    attributes: {
      sourcePositions: { size: 3, value: v.sourceHigh },
      sourcePositions64Low: { size: 3, value: v.sourceLow },
      targetPositions: { size: 3, value: v.targetHigh },
      targetPositions64Low: { size: 3, value: v.targetLow },
      corners: { size: 2, value: v.corners },
    },
  });
}

/**
 * Lines of one colour and width, as straight segments: a pixel or so wide, their joins do not
 * show; wider, `joins` closes them with a bevel. Drawn as one list of triangles rather than
 * as instances (core/segmentVertices.ts says why); the vertices are laid out once per set of
 * lines, and a frame sets two uniforms and makes one draw call.
 */
export class SegmentLayer extends Layer<Required<SegmentLayerProps>> {
  static override layerName = 'SegmentLayer';
  static override defaultProps = defaultProps;
  declare state: { model: Model | null };

  override getShaders() {
    return super.getShaders({ vs, fs, modules: [project32, segmentUniforms] });
  }

  override initializeState(): void {
    this.state = { model: null };
  }

  override updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    const { props, oldProps } = params;
    if (props.lines === oldProps.lines && props.joins === oldProps.joins) return;
    this.state.model?.destroy();
    const geometry = geometryOf(props.lines, props.joins);
    this.setState({
      model:
        geometry.vertexCount > 0
          ? new Model(this.context.device, { ...this.getShaders(), id: props.id, geometry })
          : null,
    });
  }

  override draw(): void {
    const { model } = this.state;
    if (!model) return;
    const [r = 0, g = 0, b = 0, a = 255] = this.props.color;
    model.shaderInputs.setProps({
      segment: { color: [r / 255, g / 255, b / 255, a / 255], widthPixels: this.props.widthPixels },
    });
    model.draw(this.context.renderPass);
  }

  override finalizeState(context: Parameters<Layer['finalizeState']>[0]): void {
    super.finalizeState(context);
    this.state.model?.destroy();
  }
}
