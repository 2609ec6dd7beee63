import {
  CompositeLayer,
  type CompositeLayerProps,
  type DefaultProps,
  type Layer,
  type UpdateParameters,
} from '@deck.gl/core';
import type { ColorTable } from '../core/colorTable';
import type { SdfGlyphs } from './sdfGlyphs';
import { linesAtZoom, type Line } from '../core/linesAtZoom';
import { zoomedBorders, zoomedBordersNeedUpdate, type ZoomedBorders } from './zoomedBorders';
import { mainSight } from './insetViews';
import type { Lang } from '../core/lang';
import type { PlacedEvent } from '../core/mapEvents';
import type { LabelPlacement } from '../core/placeLabels';
import type { MapModel } from '../core/mapModel';
import { ringPaths, type RingPath } from '../core/polygonParts';
import type { PolygonMesh } from '../core/polygonMesh';
import { polygonsAtZoom } from '../core/polygonsAtZoom';
import { lineLevel } from '../core/linesAtZoom';
import { pointRows } from '../core/pointStyle';
import { anchorRows, labelledRows, showsValues } from '../core/regionLabels';
import type { Timeline } from '../core/timeline';
import { fillLayers, meshData, type MeshData } from './fillLayers';
import { markLayers } from './markLayers';
import { eventTextLayer, labelLayer } from './textLayers';
import { circleMarks, sameEvents, type CircleMark } from '../core/circleMarks';
import type { TimelineFrame } from './timelineColorExtension';

export type RegionMapProps = {
  model: MapModel;
  /** The fill's figures, and their colours on every row and day, laid out once per style. */
  fill: Timeline;
  fillTable: ColorTable;
  /** Where the fill is an estimate between two figures (hatched); null if nowhere. */
  hatchTable: ColorTable | null;
  /** Where no figure is shown, hatched like the legend's no-data swatch. */
  noDataTable: ColorTable | null;
  /** Where a figure's day is known only within bounds: dotted. */
  uncertainTable: ColorTable | null;
  /**
   * Days to blend between and how far; a step is [d, d, 0]. One array for the map's life,
   * written in place and read when the layers draw, so a step changes no fill layer's props.
   */
  frame: TimelineFrame;
  points: Timeline | null;
  /** Each day's run (core/dayRuns.ts) of the fill and of the points: a step inside a run changes no text or circle. */
  fillRuns: Int32Array;
  pointRuns: Int32Array | null;
  dayIndex: number;
  radius: (v: number) => number;
  lang: Lang;
  hoverRow: number | null;
  selectedRow: number | null;
  /** False until the shipped font has loaded: text layers wait for it. */
  labels: boolean;
  /** Rows whose label fits without overlapping a more important one (placed when the view settles). */
  placedLabels: LabelPlacement | null;
  /** The events shown on the day (core/mapEvents.ts activeEvents). */
  events: readonly PlacedEvent[];
  /** Every character a label can show (core/labelCharacters.ts): one glyph atlas, built once. */
  characters: string;
  /** Draws the atlas's glyphs, most of them drawn ahead (sdfGlyphs.ts); deck.gl's own if null. */
  fontRenderer: SdfGlyphs['renderer'] | null;
  /** Changes whenever anything that colours the map changes (metric, scale, options, language). */
  styleKey: string;
  /** Labels, circles and lines against their screen size: 1 on screen, an export's page scale. */
  symbolScale: number;
  /**
   * The rows whose polygons this layer draws; null for all. The insets draw theirs alone: every
   * vertex of every region is work in every view that draws it, seen or not.
   */
  polygonRows: ReadonlySet<number> | null;
  /**
   * The zoom the polygons' detail serves; null for the main panel's, as its borders follow.
   * The insets give the largest of theirs: their camera is their own.
   */
  detailZoom: number | null;
  /**
   * Whether an event's short text is drawn beside its ring. An inset is narrower than the
   * text: cut by the inset's edge it read as another sentence, so the insets draw rings only
   * (the timeline's mark for the event carries its text).
   */
  eventText: boolean;
};

export type RegionMapLayerProps = RegionMapProps & CompositeLayerProps;

/** The props that only the view knows, not the state: the frame, hover, labels and scale. */
export type RegionView = Pick<
  RegionMapProps,
  | 'frame'
  | 'hoverRow'
  | 'labels'
  | 'placedLabels'
  | 'events'
  | 'characters'
  | 'fontRenderer'
  | 'symbolScale'
>;

/** What the layer derives from its model once, and from hover and selection when they change. */
export interface RegionMapState extends ZoomedBorders {
  [key: string]: unknown;
  outlines: RingPath[];
  /** The polygons at each zoom's detail, each level tessellated once (core/polygonsAtZoom.ts). */
  meshDetail: (zoom: number) => PolygonMesh;
  /** The level drawn now, its mesh, and that mesh as the data the choropleth and its patterns share. */
  meshLevel: number;
  mesh: PolygonMesh;
  meshData: MeshData;
  /** The rings of the hovered region, unless it is the selected one; of the selected one. */
  hoverLines: readonly Line[];
  selectedLines: readonly Line[];
  pointRows: number[];
  labelled: readonly number[];
  /** Every circle, bottom to top (core/circleMarks.ts). */
  circles: CircleMark[];
}

const defaultProps: DefaultProps<RegionMapLayerProps> = {
  // The pointer finds regions on the CPU (app/regionPicker.ts): nothing is drawn to be read
  // back, and no picking pass is compiled.
  pickable: false,
  hatchTable: null,
  noDataTable: null,
  uncertainTable: null,
  points: null,
  pointRuns: null,
  hoverRow: null,
  selectedRow: null,
  labels: false,
  placedLabels: null,
  events: [],
  characters: '',
  fontRenderer: null,
  styleKey: '',
  symbolScale: 1,
  polygonRows: null,
  detailZoom: null,
  eventText: true,
};

/**
 * The regions of one map as deck.gl draws them, bottom to top: the choropleth and its patterns,
 * borders, the focus outline, circles, location marks, events and labels. Everything derived
 * from geometry is made in `updateState` when the model changes, never on a timeline step; a
 * step hands deck.gl sublayers whose props it finds unchanged, except those that show the day.
 */
export class RegionMapLayer extends CompositeLayer<Required<RegionMapProps>> {
  static override layerName = 'RegionMapLayer';
  static override defaultProps = defaultProps;
  declare state: RegionMapState;

  override shouldUpdateState({ changeFlags }: UpdateParameters<this>): boolean {
    return zoomedBordersNeedUpdate(changeFlags, () => mainSight(this.context), this.state);
  }

  override updateState({ props, oldProps, changeFlags }: UpdateParameters<this>): void {
    const modelChanged =
      props.model !== oldProps.model || props.polygonRows !== oldProps.polygonRows;
    if (modelChanged) {
      const only = props.polygonRows;
      const polygons = only
        ? props.model.polygons.filter((p) => only.has(p.row))
        : props.model.polygons;
      const outlines = ringPaths(polygons);
      this.setState({
        outlines,
        meshDetail: polygonsAtZoom(polygons, props.model.simplify),
        meshLevel: -1,
        // A subset's borders are its rings: the model's shared borders belong to no one region.
        borderDetail: linesAtZoom(
          (only ? outlines.map((r) => r.path) : props.model.borders) as Line[],
          props.model.simplify,
        ),
        pointRows: pointRows(props.model.rows),
        labelled: labelledRows(props.model),
      });
    }
    const borders = zoomedBorders(
      this.state,
      () => mainSight(this.context),
      { detail: modelChanged, view: Boolean(changeFlags.viewportChanged) },
      !props.polygonRows,
    );
    if (borders) this.setState(borders);
    const level = lineLevel(props.detailZoom ?? this.state.borderLevel);
    if (level !== this.state.meshLevel) {
      const mesh = this.state.meshDetail(level);
      this.setState({ meshLevel: level, mesh, meshData: meshData(mesh) });
    }
    // The day's events come as a new list on every draw: the circles follow their content.
    if (
      modelChanged ||
      (props.points === null) !== (oldProps.points === null) ||
      !sameEvents(props.events, oldProps.events)
    ) {
      this.setState({
        circles: circleMarks(
          props.points ? this.state.pointRows : null,
          anchorRows(props.model),
          props.events,
        ),
      });
    }
    const { hoverRow, selectedRow } = props;
    const selectedChanged = modelChanged || selectedRow !== oldProps.selectedRow;
    if (selectedChanged) this.setState({ selectedLines: this.ringsOf(selectedRow) });
    // Apart from the selection, so that a hover leaves the selected outline's vertices alone.
    if (selectedChanged || hoverRow !== oldProps.hoverRow) {
      this.setState({ hoverLines: hoverRow === selectedRow ? [] : this.ringsOf(hoverRow) });
    }
  }

  private ringsOf(row: number | null): readonly Line[] {
    if (row === null) return [];
    return this.state.outlines.filter((p) => p.row === row).map((p) => p.path as Line);
  }

  override renderLayers(): Layer[] {
    const sub = (id: string) => this.getSubLayerProps({ id }) as { id: string };
    const { props, state } = this;
    const fill = fillLayers(props, state.meshData, sub);
    const marks = markLayers(props, state, sub);
    if (!props.labels) return [...fill, ...marks];
    const valueLabels = showsValues(state.labelled.length);
    return [
      ...fill,
      ...marks,
      ...(props.eventText ? [eventTextLayer(props, sub)] : []),
      labelLayer(props, state, valueLabels, sub),
    ];
  }
}
