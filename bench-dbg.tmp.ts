import { openDatabase } from './src/db/connect.js';
import { getInsights } from './src/services/insights.service.js';
const d = openDatabase({ url: 'postgres://postgres@127.0.0.1:5433/postgres' });
try {
  const t = performance.now();
  const r = await getInsights({ db: d.db, ownerId: 'x', now: () => new Date() });
  console.log('ok', performance.now() - t, r.totals);
} catch (e) { console.error('ERR', e); }
await d.close();
