import {
  CompositeLayer,
  type CompositeLayerProps,
  type Layer,
  type UpdateParameters,
} from '@deck.gl/core';
import { linesAtZoom, type Line } from '../core/linesAtZoom';
import type { PolygonMesh } from '../core/polygonMesh';
import { polygonsAtZoom } from '../core/polygonsAtZoom';
import type { Bounds } from '../core/mapModel';
import { trianglesIn } from '../core/trianglesIn';
import { zoomedBorders, zoomedBordersNeedUpdate, type ZoomedBorders } from './zoomedBorders';
import { mainSight } from './insetViews';
import { polygonParts, ringPaths } from '../core/polygonParts';
import { STYLE_TOKENS } from '../core/styleTokens';
import { SegmentLayer } from './SegmentLayer';
import { meshData, type MeshData } from './fillLayers';
import { FlatFillLayer } from './FlatFillLayer';
import { FLAT_FILL } from './flatFill';

const BORDER_WIDTH = 0.8;

export type BasemapProps = {
  provinces: GeoJSON.FeatureCollection & { borders?: unknown[] };
};

interface BasemapState extends ZoomedBorders {
  /** The land at each zoom's detail, and what is drawn now as deck.gl's binary data. */
  landDetail: (zoom: number) => PolygonMesh;
  land: MeshData;
}

/** The land as deck.gl's binary data, with only the triangles that reach into the window. */
function landData(mesh: PolygonMesh, window: Bounds | null): MeshData {
  const data = meshData(mesh);
  if (!window) return data;
  return { ...data, attributes: { ...data.attributes, indices: trianglesIn(mesh, window) } };
}

/**
 * China's provinces as context under the regions: land and borders. Built once per
 * collection; a zoom into another level of detail swaps the borders and the land
 * (core/linesAtZoom.ts, core/polygonsAtZoom.ts), and nothing else ever makes deck.gl
 * recompute an attribute.
 */
export class BasemapLayer extends CompositeLayer<Required<BasemapProps> & CompositeLayerProps> {
  static override layerName = 'BasemapLayer';
  declare state: BasemapState;

  override shouldUpdateState({ changeFlags }: UpdateParameters<this>): boolean {
    return zoomedBordersNeedUpdate(changeFlags, () => mainSight(this.context), this.state);
  }

  override updateState({ props, oldProps, changeFlags }: UpdateParameters<this>): void {
    const changed = props.provinces !== oldProps.provinces;
    if (changed) {
      const land = polygonParts(props.provinces.features);
      // A border two provinces share is one line (TopoJSON's mesh), drawn once.
      const lines = (props.provinces.borders ?? ringPaths(land).map((r) => r.path)) as Line[];
      this.setState({ landDetail: polygonsAtZoom(land), borderDetail: linesAtZoom(lines) });
    }
    const borders = zoomedBorders(
      this.state,
      () => mainSight(this.context),
      { detail: changed, view: Boolean(changeFlags.viewportChanged) },
      true,
    );
    if (!borders) return;
    // The land follows the borders: their level of detail, and the window they were kept for.
    const mesh = this.state.landDetail(borders.borderLevel);
    this.setState({ ...borders, land: landData(mesh, borders.borderWindow) });
  }

  override renderLayers(): Layer[] {
    return [
      new FlatFillLayer<unknown>({
        ...this.getSubLayerProps({ id: 'land' }),
        origin: this.state.land.origin,
        // The regions' program with their colour table and pattern off (flatFill.ts).
        ...FLAT_FILL,
        data: this.state.land,
        getFillColor: STYLE_TOKENS.land,
      }),
      new SegmentLayer({
        ...this.getSubLayerProps({ id: 'borders' }),
        lines: this.state.borders,
        color: STYLE_TOKENS.provinceBorder,
        widthPixels: BORDER_WIDTH,
        pickable: false,
      }),
    ];
  }
}
