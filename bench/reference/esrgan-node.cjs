// UpscalerJS (upscaler 1.0.0 with @upscalerjs/esrgan-thick 1.0.0 on TensorFlow.js 4.11, WebAssembly
// backend), the reference runtime of the ESRGAN thick ×4 model Framewright converts to ONNX. Driven
// by TransformBench over stdin/stdout so the model loads once: each input line is a JSON object
// {"in": "lr.png", "out": "sr.png"}; each output line is {"ms": milliseconds from reading the PNG to
// writing the ×4 PNG} or {"error": "..."}.
//
// UpscalerJS's Node entry point (upscaler/node) requires @tensorflow/tfjs-node, whose install
// downloads libtensorflow from Google storage (unreachable here); package.json aliases that name to
// the pure @tensorflow/tfjs, and the model files are read from disk by the load router below (what
// tfjs-node's file:// handler would do). The arithmetic then runs on the WebAssembly backend.
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const sharp = require('sharp');
const tf = require('@tensorflow/tfjs');
require('@tensorflow/tfjs-backend-wasm');
const Upscaler = require('upscaler/node');
const x4 = require('@upscalerjs/esrgan-thick/4x');

const modelJson = path.join(__dirname, 'node_modules/@upscalerjs/esrgan-thick/models/x4/model.json');

tf.io.registerLoadRouter((url) =>
  typeof url === 'string' && url.startsWith('file://')
    ? {
        load: async () => {
          const file = url.slice('file://'.length);
          const json = JSON.parse(fs.readFileSync(file, 'utf8'));
          const weightSpecs = [];
          const shards = [];
          for (const group of json.weightsManifest) {
            weightSpecs.push(...group.weights);
            for (const p of group.paths) shards.push(fs.readFileSync(path.join(path.dirname(file), p)));
          }
          const all = Buffer.concat(shards);
          return {
            modelTopology: json.modelTopology,
            weightSpecs,
            weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.length),
            format: json.format,
            generatedBy: json.generatedBy,
            convertedBy: json.convertedBy,
          };
        },
      }
    : null,
);

async function main() {
  await tf.setBackend('wasm');
  await tf.ready();
  const upscaler = new Upscaler({ model: { ...x4, path: 'file://' + modelJson } });
  await upscaler.getModel();
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    try {
      const { in: input, out } = JSON.parse(line);
      const t0 = process.hrtime.bigint();
      const { data, info } = await sharp(input).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const image = tf.tensor3d(new Uint8Array(data), [info.height, info.width, 3], 'int32');
      const sr = await upscaler.execute(image, { output: 'tensor' });
      const bytes = tf.tidy(() => sr.clipByValue(0, 255).round().toInt());
      const [h, w] = bytes.shape;
      const raw = Buffer.from(Uint8Array.from(await bytes.data()));
      tf.dispose([image, sr, bytes]);
      await sharp(raw, { raw: { width: w, height: h, channels: 3 } }).png().toFile(out);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      process.stdout.write(JSON.stringify({ ms, backend: tf.getBackend() }) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }) + '\n');
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
