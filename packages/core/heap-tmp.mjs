const core = await import('/work/wt/core/packages/core/dist/index.js');
const c = { id: 'k', role: 'coordinator' };
const gc = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed; };
for (const n of [5000, 20000]) {
  const store = core.createMemoryStore();
  const desk = core.createDesk({ store });
  const before = gc();
  for (let i = 0; i < n; i++) await desk.receive(c, { channel: 'web', title: `Aduan ${i}`, description: 'Lampu jalan mati', contact: { name: 'Warga' } });
  console.log(n, Math.round((gc() - before) / n), 'bytes/complaint');
}
