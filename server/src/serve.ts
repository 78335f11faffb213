// Entry point for `npm run dev` (tsx watch restarts it on every change).
import { main } from './main.js';

await main();
