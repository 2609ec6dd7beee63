// Keyboard steps measured from outside (bench-instrument.mjs), and what they add up to: used
// on the app and on the libraries' floor page alike, so both are measured the same way.

export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))));
  return s[i];
}

/**
 * Steps with the keyboard as a person does: the date slider has focus and each step is one
 * arrow key (right until the end of the range, then back). Each step waits for the map to
 * stop drawing before the next, so one step's frames are never counted in another's. A page
 * with no slider (`slider: false`, the floor page) takes the keys on its body.
 */
export async function keySteps(page, n, maxMs, { slider = true } = {}) {
  if (!n) return [];
  if (slider) await page.locator('input.tl-slider').focus();
  const out = [];
  let key = 'ArrowRight';
  for (let i = -5; i < n; i++) {
    const pos = await page.evaluate(() => window.__benchPerf.arm());
    if (slider && !pos) throw new Error('no date slider');
    if (pos && pos.value >= pos.max) key = 'ArrowLeft';
    else if (pos && pos.value <= pos.min) key = 'ArrowRight';
    await page.keyboard.press(key);
    const r = await page.evaluate((m) => window.__benchPerf.settle(m), maxMs);
    if (!r.keyed) throw new Error('the key press did not reach the page');
    if (i >= 0) out.push(r); // the first five warm up
  }
  return out;
}

export function summariseKeySteps(steps) {
  if (!steps.length) return null;
  const windowMs = steps.map((s) => s.windowMs);
  const drawn = steps.map((s) => s.frames.filter((f) => f.draws > 0));
  const drawnFrames = drawn.flat();
  const mean = (v) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
  return {
    n: steps.length,
    incomplete: steps.filter((s) => !s.complete).length,
    p50: quantile(windowMs, 0.5),
    p95: quantile(windowMs, 0.95),
    listenerP50: quantile(
      steps.map((s) => s.listenerMs),
      0.5,
    ),
    framesPerStep: mean(drawn.map((d) => d.length)),
    framesAfterStep: mean(steps.map((s) => s.frames.length)),
    drawsPerFrame: mean(drawnFrames.map((f) => f.draws)),
    jsPerDrawnFrame: mean(drawnFrames.map((f) => f.js)),
    jsAllFramesPerStep: mean(steps.map((s) => s.frames.reduce((a, f) => a + f.js, 0))),
    readBacksPerStep: mean(steps.map((s) => s.readBacks)),
  };
}
