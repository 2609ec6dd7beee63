// The bench's floor: MapLibre and deck.gl as the app uses them (an empty MapLibre style, the
// deck.gl layers drawn inside MapLibre's frame) with nothing of the app's around them. A key
// press is a timeline step: every layer is made anew with the same props, and one layer
// changes a uniform, as a step changes the date the fill colours are read at. What a step
// costs here is what the libraries cost, whatever the app does.
//
//   ?layers=N       the first N of the kinds of layer the map draws (1–6): region fills,
//                   borders, figures, labels, then the land around and the focus outline
//   ?interleaved=0  deck.gl draws on a canvas of its own over the map's
import { Map as MapLibreMap } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import {
  PathLayer,
  ScatterplotLayer,
  SolidPolygonLayer,
  LineLayer,
  TextLayer,
} from '@deck.gl/layers';

const params = new URLSearchParams(location.search);
const count = Number(params.get('layers') ?? 6);

// A 20 × 20 grid of squares over Guizhou: regions, their borders, a circle and a label each.
const squares = [];
for (let i = 0; i < 20; i++) {
  for (let j = 0; j < 20; j++) {
    const [x, y] = [103.5 + i * 0.3, 24.8 + j * 0.25];
    squares.push([
      [x, y],
      [x + 0.28, y],
      [x + 0.28, y + 0.23],
      [x, y + 0.23],
    ]);
  }
}
const corner = (s) => s[0];

function layers(step) {
  return [
    new SolidPolygonLayer({
      id: 'fill',
      data: squares,
      getPolygon: (s) => s,
      getFillColor: [200, 120, 80],
      opacity: 0.5 + (step % 10) / 20,
    }),
    new LineLayer({
      id: 'borders',
      data: squares,
      getSourcePosition: corner,
      getTargetPosition: (s) => s[1],
      getColor: [90, 90, 90],
    }),
    new ScatterplotLayer({
      id: 'figures',
      data: squares,
      getPosition: corner,
      getRadius: 3,
      radiusUnits: 'pixels',
      getFillColor: [30, 60, 160],
    }),
    new TextLayer({
      id: 'labels',
      data: squares.slice(0, 20),
      getPosition: corner,
      getText: () => 'AB',
      getSize: 12,
    }),
    new SolidPolygonLayer({
      id: 'land',
      data: [squares[0]],
      getPolygon: (s) => s,
      getFillColor: [230, 230, 225],
    }),
    new PathLayer({
      id: 'focus',
      data: [squares[5]],
      getPath: (s) => s,
      getWidth: 2,
      widthUnits: 'pixels',
      getColor: [0, 0, 0],
    }),
  ].slice(0, count);
}

const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [] },
  center: [106.5, 27],
  zoom: 6,
  attributionControl: false,
});
let step = 0;
const overlay = new MapLibreOverlay({
  interleaved: params.get('interleaved') !== '0',
  layers: layers(step),
});
map.addControl(overlay);
window.floorReady = new Promise((resolve) => map.once('idle', resolve));
window.addEventListener('keydown', () => {
  step++;
  overlay.setProps({ layers: layers(step) });
});
