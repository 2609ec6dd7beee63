import type { Page } from '@playwright/test';
import { test, expect, openMap, regionPoint, settle } from './fixtures';

/**
 * Counts the frames drawn onto the page: each task that draws into a canvas (not into a
 * picking buffer) is one full redraw of every layer in every panel, a third of a second or
 * more on a software GPU.
 */
async function countFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { drawnFrames: number; drawCalls: number; readBacks: number };
    w.drawnFrames = 0;
    w.drawCalls = 0;
    w.readBacks = 0;
    let inFrame = false;
    const proto = WebGL2RenderingContext.prototype;
    const readPixels = proto.readPixels as (...args: unknown[]) => void;
    Object.defineProperty(proto, 'readPixels', {
      value: function (this: WebGL2RenderingContext, ...args: unknown[]) {
        w.readBacks++;
        return readPixels.apply(this, args);
      },
    });
    const methods = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'];
    for (const name of methods as (keyof WebGL2RenderingContext)[]) {
      const draw = proto[name] as (...args: unknown[]) => void;
      Object.defineProperty(proto, name, {
        value: function (this: WebGL2RenderingContext, ...args: unknown[]) {
          if (this.getParameter(this.FRAMEBUFFER_BINDING) === null) {
            w.drawCalls++;
            if (!inFrame) {
              inFrame = true;
              w.drawnFrames++;
              queueMicrotask(() => (inFrame = false));
            }
          }
          return draw.apply(this, args);
        },
      });
    }
  });
}

const framesSince = async (page: Page, act: () => Promise<void>): Promise<number> => {
  await settle(page);
  await page.evaluate(() => {
    const w = window as unknown as { drawnFrames: number; drawCalls: number };
    w.drawnFrames = 0;
    w.drawCalls = 0;
  });
  await act();
  await settle(page);
  return page.evaluate(() => (window as unknown as { drawnFrames: number }).drawnFrames);
};

/** One day forward with the keyboard, as a reader steps: done once the slider says `day`. */
async function stepRight(page: Page, day: RegExp): Promise<void> {
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', day);
}

test('a timeline step and a hover each redraw the map once', async ({ page }) => {
  await countFrames(page);
  await openMap(page, 'date=2020-02-20');
  const step = await framesSince(page, () => stepRight(page, /2020-02-21/));
  expect(step, 'frames drawn for one step').toBe(1);

  // A hover hands deck.gl new layers (the highlight), which it diffs and draws: still one
  // frame, the one the map asked for.
  const zunyi = await regionPoint(page, '520300');
  const hover = await framesSince(page, async () => {
    await page.mouse.move(...zunyi);
    await expect(page.getByRole('tooltip')).toContainText('遵义');
  });
  expect(hover, 'frames drawn for a hover').toBe(1);
});

test('a step to a day that looks like the last draws nothing, yet the date moves', async ({
  page,
}) => {
  await countFrames(page);
  // Mid-2021 every figure of the default data is long past its maximum age: one day looks
  // like the next, and no event is shown.
  await openMap(page, 'date=2021-06-10');
  const step = await framesSince(page, () => stepRight(page, /2021-06-11/));
  expect(step, 'frames drawn for a step that changes nothing on the map').toBe(0);
});

/** The draw calls of the frame a step from 2020-02-20 draws, on a map opened with this query. */
async function drawCallsOfStep(page: Page, query: string): Promise<number> {
  await openMap(page, query);
  const frames = await framesSince(page, () => stepRight(page, /2020-02-21/));
  expect(frames, 'frames drawn for one step').toBe(1);
  return page.evaluate(() => (window as unknown as { drawCalls: number }).drawCalls);
}

test('the four insets cost the draw calls of one panel, not four', async ({ page }) => {
  await countFrames(page);
  // Each draw call costs a software GPU's main thread about a third of a millisecond.
  const single = await drawCallsOfStep(page, 'view=guizhou&date=2020-02-20');
  const composed = await drawCallsOfStep(page, 'view=all&date=2020-02-20');
  expect(composed, `draw calls with insets (one panel: ${single})`).toBeLessThanOrEqual(2 * single);
});

test('a hover and a click find their region without reading the GPU back', async ({ page }) => {
  // Reading pixels back waits for every frame in flight, and on a software GPU the first
  // read compiled a picking pass for seconds.
  await countFrames(page);
  await openMap(page, 'date=2020-03-01&view=guizhou');
  await settle(page);
  const tooltip = page.getByRole('tooltip');
  await page.mouse.move(...(await regionPoint(page, '520300')));
  await expect(tooltip).toContainText('遵义');
  await page.mouse.move(...(await regionPoint(page, '522700')));
  await expect(tooltip).toContainText('黔南');
  await page.mouse.click(...(await regionPoint(page, '520100')));
  await expect(page).toHaveURL(/region=520100/);
  // Off every region: the tooltip goes, and a click there lets go of the selection.
  const box = (await page.locator('.map').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height - 40);
  await expect(tooltip).toBeHidden();
  await page.mouse.click(box.x + 30, box.y + box.height - 40);
  await expect(page).not.toHaveURL(/region=/);
  const readBacks = await page.evaluate(
    () => (window as unknown as { readBacks: number }).readBacks,
  );
  expect(readBacks, 'pixels read back from the GPU').toBe(0);
});

test('each kind of layer draws in one vertex layout, so a software GPU compiles it once', async ({
  page,
}) => {
  // A GPU pipeline is a program with one vertex layout: which attributes come from buffers, in
  // what format. A software GPU compiles each for about 0.2 s, so layers of one kind that
  // differ only in which accessors are constants cost a page, and a map mounted again, that
  // much more before their first frame shows.
  await page.addInitScript(() => {
    const w = window as unknown as { layouts: Record<string, string[]> };
    w.layouts = {};
    const proto = WebGL2RenderingContext.prototype;
    const shaderNames = new WeakMap<WebGLShader, string>();
    const programNames = new WeakMap<WebGLProgram, string>();
    const made: Record<string, number> = {};
    let current: WebGLProgram | null = null;
    const shaderSource = proto.shaderSource;
    proto.shaderSource = function (shader, source) {
      const name = /SHADER_NAME\s+(\S+)/.exec(source)?.[1];
      if (name) shaderNames.set(shader, name);
      return shaderSource.call(this, shader, source);
    };
    const attachShader = proto.attachShader;
    proto.attachShader = function (program, shader) {
      const name = shaderNames.get(shader);
      // One name for each program, as layers with extensions have programs of their own.
      if (name?.includes('vertex')) {
        made[name] = (made[name] ?? -1) + 1;
        programNames.set(program, `${name} #${made[name]}`);
      }
      return attachShader.call(this, program, shader);
    };
    const useProgram = proto.useProgram;
    proto.useProgram = function (program) {
      current = program;
      return useProgram.call(this, program);
    };
    const methods = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'];
    for (const method of methods as (keyof WebGL2RenderingContext)[]) {
      const draw = proto[method] as (...args: unknown[]) => void;
      Object.defineProperty(proto, method, {
        value: function (this: WebGL2RenderingContext, ...args: unknown[]) {
          const name = current && programNames.get(current);
          if (name) {
            const layout: string[] = [];
            for (let i = 0; i < 16; i++) {
              if (!this.getVertexAttrib(i, this.VERTEX_ATTRIB_ARRAY_ENABLED)) continue;
              const p = (q: number) => String(this.getVertexAttrib(i, q));
              layout.push(
                `${i}:${p(this.VERTEX_ATTRIB_ARRAY_SIZE)}×${p(this.VERTEX_ATTRIB_ARRAY_TYPE)}` +
                  `/${p(this.VERTEX_ATTRIB_ARRAY_DIVISOR)}/${p(this.VERTEX_ATTRIB_ARRAY_STRIDE)}`,
              );
            }
            const seen = (w.layouts[name] ??= []);
            if (!seen.includes(layout.join(' '))) seen.push(layout.join(' '));
          }
          return draw.apply(this, args);
        },
      });
    }
  });
  // The composed map on a day with figures, circles, labels and an event, then a hover's
  // outline: every kind of layer the map has.
  await openMap(page, 'date=2020-03-01&view=all');
  await page.mouse.move(...(await regionPoint(page, '520300')));
  await expect(page.getByRole('tooltip')).toContainText('遵义');
  await settle(page);
  const layouts = await page.evaluate(
    () => (window as unknown as { layouts: Record<string, string[]> }).layouts,
  );
  const kinds = new Set(Object.keys(layouts).map((program) => program.split(' ')[0]));
  // Borders and the hover's outline are straight segments (render/SegmentLayer.ts): a path
  // layer draws an instance for each segment, and a software GPU pays for every instance.
  // Fills, circles and text are deck.gl's polygon, scatterplot and text layers with a vertex
  // shader that projects nothing (render/FlatFillLayer.ts, render/PixelCircleLayer.ts,
  // render/PixelTextLayer.ts).
  expect([...kinds].sort(), 'kinds of layer drawn').toEqual([
    'flat-fill-layer-vertex-shader',
    'pixel-circle-layer-vertex-shader',
    'pixel-text-vertex-shader',
    'segment-layer-vertex-shader',
  ]);
  for (const [program, seen] of Object.entries(layouts)) {
    expect(seen, `vertex layouts of ${program}`).toHaveLength(1);
  }
  // The land, the insets' ground, the regions and the patterns over them (deck.gl's
  // FillStyleExtension, turned off where there is no pattern) are filled by one program.
  const fills = Object.keys(layouts).filter((program) => program.startsWith('flat-fill'));
  expect(fills, 'programs that fill polygons').toHaveLength(1);
});
