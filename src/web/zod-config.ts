import { z } from 'zod';

// The page's Content-Security-Policy forbids eval; without this zod probes for it
// with `new Function` and the browser reports a violation on every page.
z.config({ jitless: true });
