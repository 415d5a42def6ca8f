// Draws the toolbar/store icons (a clock on a red rounded square) into public/icon/<size>.png.
// Run once after changing the design: `node scripts/make-icons.mjs`. No image library needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size) {
  const px = Buffer.alloc(size * size * 4);
  const c = (size - 1) / 2;
  const radius = size * 0.22;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Rounded square with anti-aliased corners.
      const dx = Math.max(Math.abs(x - c) - (c - radius), 0);
      const dy = Math.max(Math.abs(y - c) - (c - radius), 0);
      const inside = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(dx, dy)));
      const r = Math.hypot(x - c, y - c);
      const ring = Math.abs(r - size * 0.3) < size * 0.055;
      const angle = Math.atan2(y - c, x - c);
      const hourHand = Math.abs(x - c) < size * 0.045 && y < c && y > c - size * 0.24;
      const minuteHand = Math.abs(y - c) < size * 0.045 && x > c && x < c + size * 0.18;
      const white = ring || hourHand || minuteHand || (r < size * 0.06 && angle !== null);
      const i = (y * size + x) * 4;
      px[i] = white ? 255 : 211;
      px[i + 1] = white ? 255 : 47;
      px[i + 2] = white ? 255 : 47;
      px[i + 3] = Math.round(255 * inside);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('public/icon/{16,32,48,96,128}.png written');
