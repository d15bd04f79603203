// Draws each dashboard chart from the JSON beside its canvas; the tables stay for screen readers.
/* global Chart */
(() => {
  if (typeof Chart === 'undefined') return;
  const palette = ['#0b6e4f', '#f2a541', '#c0392b', '#2e86c1', '#8e44ad', '#16a085', '#d35400', '#7f8c8d', '#2c3e50'];
  for (const data of document.querySelectorAll('script[data-chart]')) {
    const canvas = document.getElementById(data.dataset.chart);
    const rows = JSON.parse(data.textContent || '[]');
    if (!canvas || rows.length === 0) continue;
    const kind = data.dataset.kind === 'doughnut' ? 'doughnut' : 'bar';
    new Chart(canvas, {
      type: kind,
      data: {
        labels: rows.map((row) => row[0]),
        datasets: [{ label: 'Jumlah aduan', data: rows.map((row) => row[1]), backgroundColor: kind === 'bar' ? '#0b6e4f' : palette }],
      },
      options: {
        responsive: true,
        plugins: { legend: { display: kind === 'doughnut' } },
        indexAxis: kind === 'bar' ? 'y' : 'x',
        // Counts are whole complaints: no 0.5 ticks.
        ...(kind === 'bar' ? { scales: { x: { ticks: { precision: 0 } } } } : {}),
      },
    });
  }
})();
