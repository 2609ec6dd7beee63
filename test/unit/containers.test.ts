import { describe, it, expect } from 'vitest';
import { ArrayBufferTarget as WebmTarget, Muxer as WebmMuxer } from 'webm-muxer';
import { GIFEncoder, quantize, applyPalette } from 'gifenc';
import { readGif, readWebm } from '../e2e/containers';

describe('the test readers of exported files', () => {
  it('count the frames of a WebM written by the muxer', () => {
    const muxer = new WebmMuxer({
      target: new WebmTarget(),
      video: { codec: 'V_VP8', width: 64, height: 48, frameRate: 10 },
    });
    for (let i = 0; i < 7; i++) {
      muxer.addVideoChunkRaw(
        new Uint8Array([1, 2, 3, i]),
        i % 3 === 0 ? 'key' : 'delta',
        i * 100_000,
      );
    }
    muxer.finalize();
    const info = readWebm(new Uint8Array(muxer.target.buffer));
    expect(info).toMatchObject({ codec: 'V_VP8', width: 64, height: 48, frames: 7, keyFrames: 3 });
  });

  it('count the frames of a GIF and read its loop and delays', () => {
    const gif = GIFEncoder();
    const rgba = new Uint8Array(4 * 4 * 4).fill(200);
    const palette = quantize(rgba, 16);
    for (let i = 0; i < 5; i++) {
      gif.writeFrame(applyPalette(rgba, palette), 4, 4, {
        palette,
        delay: 80,
        ...(i === 0 ? { repeat: 0 } : {}),
      });
    }
    gif.finish();
    const info = readGif(gif.bytes());
    expect(info).toMatchObject({ width: 4, height: 4, frames: 5, loop: 0 });
    expect(info.delaysCs).toEqual([8, 8, 8, 8, 8]);
  });

  it('reject files of another kind', () => {
    expect(() => readWebm(new Uint8Array([0, 1, 2, 3, 4, 5]))).toThrow();
    expect(() => readGif(new TextEncoder().encode('PNG...'))).toThrow();
  });
});
