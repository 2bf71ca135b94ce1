import { chromium } from 'playwright-core';
const [url, out, w, h, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const c = await b.newContext({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 800) }, colorScheme: (scheme ?? 'light') as 'light' });
const p = await c.newPage(); await p.goto(url!); await p.waitForTimeout(1500); await p.screenshot({ path: out! }); await b.close();
