// IMG.LY's background removal for Node.js (@imgly/background-removal-node, ONNX Runtime for Node),
// the reference runtime of the ISNet model Framewright runs from Java. Driven by TransformBench over
// stdin/stdout so the model loads once, as in the Java engine: each input line is a JSON object
// {"in": "a.png", "out": "b.png"}; each output line is {"ms": milliseconds from reading the PNG to
// writing the cut-out PNG} or {"error": "..."}.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { removeBackground } from '@imgly/background-removal-node';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const config = {
  // the package's default resolves node_modules against the working directory
  publicPath: pathToFileURL(join(here, 'node_modules/@imgly/background-removal-node/dist/')).href,
  model: 'medium', // isnet fp16: the same bytes as models/isnet/isnet-medium-fp16.onnx
  // raw RGBA out, written below as a lossless PNG (the package's own PNG output is palette-quantized)
  output: { format: 'image/x-rgba8' },
};

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  try {
    const { in: input, out } = JSON.parse(line);
    const t0 = process.hrtime.bigint();
    const bytes = await readFile(input);
    const { width, height } = await sharp(bytes).metadata();
    const result = await removeBackground(new Blob([bytes], { type: 'image/png' }), config);
    const rgba = Buffer.from(await result.arrayBuffer());
    await sharp(rgba, { raw: { width, height, channels: 4 } }).png().toFile(out);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    process.stdout.write(JSON.stringify({ ms }) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }) + '\n');
  }
}
