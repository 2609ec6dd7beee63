import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import {
  CompositeLayer,
  type CompositeLayerProps,
  type Layer,
  type UpdateParameters,
} from '@deck.gl/core';
import { linesAtZoom, type Line } from '../core/linesAtZoom';
import { zoomedBorders, zoomedBordersNeedUpdate, type ZoomedBorders } from './zoomedBorders';
import { mainSight } from './insetViews';
import { polygonParts, ringPaths, type PolygonPart } from '../core/polygonParts';
import { STYLE_TOKENS } from '../core/styleTokens';
import { getLine, getPolygon } from './accessors';

export type BasemapProps = {
  provinces: GeoJSON.FeatureCollection & { borders?: unknown[] };
};

interface BasemapState extends ZoomedBorders {
  land: PolygonPart[];
}

/**
 * China's provinces as context under the regions: land and borders. Built once per
 * collection; a zoom into another level of detail swaps the borders (core/linesAtZoom.ts),
 * and nothing else ever makes deck.gl recompute an attribute.
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
      this.setState({ land, borderDetail: linesAtZoom(lines) });
    }
    const borders = zoomedBorders(
      this.state,
      () => mainSight(this.context),
      { detail: changed, view: Boolean(changeFlags.viewportChanged) },
      true,
    );
    if (borders) this.setState(borders);
  }

  override renderLayers(): Layer[] {
    return [
      new SolidPolygonLayer<PolygonPart>({
        ...this.getSubLayerProps({ id: 'land' }),
        data: this.state.land,
        getPolygon,
        getFillColor: STYLE_TOKENS.land,
        pickable: false,
      }),
      new PathLayer<unknown>({
        ...this.getSubLayerProps({ id: 'borders' }),
        data: this.state.borders,
        getPath: getLine,
        getColor: STYLE_TOKENS.provinceBorder,
        getWidth: 0.8,
        widthUnits: 'pixels',
        pickable: false,
      }),
    ];
  }
}
