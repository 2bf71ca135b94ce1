import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const path of ['/board', '/']) {
  const ctx = await b.newContext(); const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4811' + path, { waitUntil: 'networkidle' });
  const rows = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => `${e.startTime.toFixed(0).padStart(5)} → ${e.responseEnd.toFixed(0).padStart(5)}  ${e.name.replace(location.origin, '').slice(0, 70)}`));
  const nav = await p.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return `doc responseEnd ${n.responseEnd.toFixed(0)} domContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)} load ${n.loadEventEnd.toFixed(0)}`; });
  const paints = await p.evaluate(() => performance.getEntriesByType('paint').map((e) => `${e.name} ${e.startTime.toFixed(0)}`).join(', '));
  console.log(path, nav, paints); console.log(rows.join('\n'));
  await ctx.close();
}
await b.close();
