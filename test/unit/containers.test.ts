import { describe, it, expect } from 'vitest';
import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Output,
  WebMOutputFormat,
} from 'mediabunny';
import { GIFEncoder, quantize, applyPalette } from 'gifenc';
import { readGif, readWebm } from '../e2e/containers';

describe('the test readers of exported files', () => {
  it('count the frames of a WebM written by the container library the export uses', async () => {
    const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
    const source = new EncodedVideoPacketSource('vp8');
    output.addVideoTrack(source, { frameRate: 10 });
    await output.start();
    const decoderConfig = { codec: 'vp8', codedWidth: 64, codedHeight: 48 };
    for (let i = 0; i < 7; i++) {
      const packet = new EncodedPacket(
        new Uint8Array([1, 2, 3, i]),
        i % 3 === 0 ? 'key' : 'delta',
        i * 0.1,
        0.1,
      );
      await source.add(packet, i === 0 ? { decoderConfig } : undefined);
    }
    await output.finalize();
    const info = readWebm(new Uint8Array(output.target.buffer ?? new ArrayBuffer(0)));
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
