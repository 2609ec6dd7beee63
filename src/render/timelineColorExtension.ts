import { LayerExtension, type Layer, type UpdateParameters } from '@deck.gl/core';
import type { Device, Texture } from '@luma.gl/core';
import type { ColorTable } from '../core/colorTable';
import { layoutBytes, textureLayout } from '../core/textureLayout';

/** Which days to show: colour = mix(dayA, dayB, t). A step sets dayA = dayB; a transition animates t. */
export type TimelineFrame = readonly [dayA: number, dayB: number, t: number];

export interface TimelineColorProps<DataT = unknown> {
  getTimelineRow?: (object: DataT, info: { index: number }) => number;
  timelineColors?: ColorTable | null;
  timelineFrame?: TimelineFrame;
}

const uniformBlock = /* glsl */ `\
layout(std140) uniform timelineColorUniforms {
  float dayA;
  float dayB;
  float t;
  float enabled;
  float rows;
  float width;
} timelineColor;
`;

const timelineColorModule = {
  name: 'timelineColor',
  vs: /* glsl */ `
${uniformBlock}
uniform sampler2D timelineColor_table;
in float timelineRows;

// Cell (row, day) of the table, wherever core/textureLayout.ts put it.
vec4 timelineColor_cell(int row, float day) {
  int i = int(day + 0.5) * int(timelineColor.rows + 0.5) + row;
  int w = int(timelineColor.width + 0.5);
  return texelFetch(timelineColor_table, ivec2(i % w, i / w), 0);
}
`,
  inject: {
    // Last in the vertex shader of deck.gl's polygon fills, after the position is set.
    // The colour comes from the table on the GPU: a timeline step changes three uniforms and
    // nothing else, whatever the number of features.
    'vs:DECKGL_FILTER_COLOR': /* glsl */ `
    if (timelineColor.enabled > 0.5) {
      int row = int(timelineRows + 0.5);
      vec4 a = timelineColor_cell(row, timelineColor.dayA);
      vec4 b = timelineColor_cell(row, timelineColor.dayB);
      // Clear on both days, the region is moved out of the clip space: its triangles reach
      // no pixel. A pattern's layer covers every region and shows on few; a software GPU
      // shaded every one's pixels on every frame: a sixth of a frame's time at 1280 × 800.
      if (a.a == 0.0 && b.a == 0.0) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
      vec4 c = mix(a, b, timelineColor.t);
      color = vec4(c.rgb, c.a * layer.opacity);
    }
    `,
  },
  getUniforms(opts?: { table?: Texture; enabled?: boolean; frame?: TimelineFrame; rows?: number }) {
    if (!opts?.table) return {};
    const [dayA, dayB, t] = opts.frame ?? [0, 0, 0];
    return {
      dayA,
      dayB,
      t,
      enabled: opts.enabled ? 1 : 0,
      rows: opts.rows ?? 1,
      width: opts.table.width,
      timelineColor_table: opts.table,
    };
  },
  uniformTypes: { dayA: 'f32', dayB: 'f32', t: 'f32', enabled: 'f32', rows: 'f32', width: 'f32' },
} as const;

type ExtLayer = Layer<TimelineColorProps> & {
  state: { timelineTable?: Texture | null; emptyTable?: Texture };
};

/**
 * Colours polygons from a rows × days table held in a GPU texture, sampled in the vertex
 * shader with the date as a uniform (the approach of deck.gl's DataFilterExtension, where the
 * filter range is a uniform and the per-object values are laid out once).
 */
export class TimelineColorExtension extends LayerExtension {
  static override extensionName = 'TimelineColorExtension';
  static override defaultProps = {
    getTimelineRow: { type: 'accessor', value: 0 },
    timelineColors: null,
    timelineFrame: [0, 0, 0],
  };

  override getShaders() {
    return { modules: [timelineColorModule] };
  }

  override initializeState(this: ExtLayer) {
    this.getAttributeManager()?.add({
      timelineRows: { size: 1, stepMode: 'dynamic', accessor: 'getTimelineRow' },
    });
    this.setState({
      emptyTable: this.context.device.createTexture({
        data: new Uint8Array(4),
        width: 1,
        height: 1,
      }),
    });
  }

  override updateState(this: ExtLayer, { props, oldProps }: UpdateParameters<ExtLayer>) {
    if (props.timelineColors === oldProps.timelineColors) return;
    this.state.timelineTable?.destroy();
    const table = props.timelineColors;
    this.setState({ timelineTable: table ? tableTexture(this.context.device, table) : null });
  }

  override draw(this: ExtLayer) {
    const table = this.state.timelineTable;
    this.setShaderModuleProps({
      timelineColor: {
        // The sampler is bound even when disabled, so it always has a texture.
        table: table ?? this.state.emptyTable,
        enabled: Boolean(table),
        frame: this.props.timelineFrame ?? [0, 0, 0],
        rows: this.props.timelineColors?.width ?? 1,
      },
    });
  }

  override finalizeState(this: ExtLayer) {
    this.state.timelineTable?.destroy();
    this.state.emptyTable?.destroy();
  }
}

/**
 * The table as a texture within the device's size limit: a table with more regions or days
 * than a texture side allows is folded into lines (core/textureLayout.ts).
 */
function tableTexture(device: Device, table: ColorTable): Texture {
  const max = device.limits.maxTextureDimension2D;
  const layout = textureLayout(table.width, table.height, max);
  if (!layout) {
    throw new Error(
      `${table.width} regions × ${table.height} days are more than one ${max} × ${max} texture of this graphics device can hold`,
    );
  }
  return device.createTexture({
    data: layoutBytes(table.data, layout),
    width: layout.width,
    height: layout.height,
    format: 'rgba8unorm',
    sampler: { minFilter: 'nearest', magFilter: 'nearest' },
  });
}

/** The one instance every layer shares: deck.gl compares extensions by identity. */
export const TIMELINE_COLOR = new TimelineColorExtension();
