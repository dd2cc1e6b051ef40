// The public coverage dashboard: a tile-grid map of the 38 provinces, provinces ranked by
// coverage, the distribution over regencies/cities and the national trend. Data come from the
// public JSON API (the Content-Security-Policy allows no inline scripts).
document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('coverage');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const labels = { pu: root.dataset.labelPu, bpu: root.dataset.labelBpu };
  const field = { pu: 'puCoveragePct', bpu: 'bpuCoveragePct' };
  const charts = {};
  const chart = (id) => {
    charts[id] = charts[id] || echarts.init(document.getElementById(id), null, { renderer: 'svg' });
    return charts[id];
  };
  const value = (region, measure) => (region[field[measure]] === null ? null : Number(region[field[measure]]));

  function map(view, measure) {
    const byCode = Object.fromEntries(view.provinces.map((p) => [p.code, p]));
    const values = view.provinces.map((p) => value(p, measure)).filter((v) => v !== null);
    const max = values.length ? Math.max(...values) : 100;
    chart('coverage-map').setOption({
      animation: false,
      tooltip: {
        formatter: (p) => `${p.data.name}<br>${labels[measure]}: ${p.data.value[2] === null ? '—' : p.data.value[2] + ' %'}`,
      },
      grid: { left: 4, right: 4, top: 4, bottom: 48 },
      xAxis: { type: 'category', data: [...Array(15).keys()], show: false },
      yAxis: { type: 'category', data: [...Array(6).keys()], show: false, inverse: true },
      visualMap: {
        min: 0, max: Math.ceil(max), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: 120, inRange: { color: ['#e8f1fb', '#1f5fa8'] },
      },
      series: [{
        type: 'heatmap',
        data: view.tiles.map((t) => ({
          name: t.name,
          value: [t.column, t.row, byCode[t.code] ? value(byCode[t.code], measure) : null],
        })),
        label: { show: true, fontSize: 9, formatter: (p) => p.data.name.split(' ').map((w) => w[0]).join('').slice(0, 4) },
        itemStyle: { borderColor: '#fff', borderWidth: 2, color: '#ddd' },
      }],
    }, true);
  }

  function ranking(view, measure) {
    const sorted = view.provinces.filter((p) => value(p, measure) !== null)
      .sort((a, b) => value(a, measure) - value(b, measure));
    chart('coverage-ranking').setOption({
      animation: false,
      grid: { left: 150, right: 30, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: '%' },
      yAxis: { type: 'category', data: sorted.map((p) => p.name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', name: labels[measure], data: sorted.map((p) => value(p, measure)), itemStyle: { color: '#1f5fa8' } }],
    }, true);
  }

  function distribution(view, measure) {
    const values = view.regencies.map((r) => value(r, measure)).filter((v) => v !== null);
    const width = 10;
    const bins = Array(Math.max(1, Math.ceil((Math.max(...values, 0) + 0.0001) / width))).fill(0);
    values.forEach((v) => { bins[Math.min(bins.length - 1, Math.floor(v / width))] += 1; });
    chart('coverage-distribution').setOption({
      animation: false,
      grid: { left: 40, right: 10, top: 30, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: bins.map((_, i) => `${i * width}–${(i + 1) * width}`), name: `${labels[measure]} (%)`, nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', minInterval: 1, name: root.dataset.labelRegencies },
      series: [{ type: 'bar', data: bins, itemStyle: { color: '#9fb7d6' } }],
    }, true);
  }

  function trend(view) {
    chart('coverage-trend').setOption({
      animation: false,
      grid: { left: 40, right: 10, top: 30, bottom: 30 },
      tooltip: { trigger: 'axis' },
      legend: { data: [labels.pu, labels.bpu] },
      xAxis: { type: 'category', data: view.trend.map((p) => String(p.editionYear)) },
      yAxis: { type: 'value', name: '%' },
      series: [
        { name: labels.pu, type: 'line', data: view.trend.map((p) => Number(p.puCoveragePct)) },
        { name: labels.bpu, type: 'line', data: view.trend.map((p) => Number(p.bpuCoveragePct)) },
      ],
    }, true);
  }

  function draw(view, measure) {
    map(view, measure);
    ranking(view, measure);
    distribution(view, measure);
    trend(view);
    root.dataset.rendered = 'true';
  }

  fetch(root.dataset.url, { headers: { Accept: 'application/json' } })
    .then((response) => response.json())
    .then((view) => {
      draw(view, 'pu');
      document.querySelectorAll('[data-measure]').forEach((button) => {
        button.addEventListener('click', () => {
          document.querySelectorAll('[data-measure]').forEach((b) => b.classList.toggle('active', b === button));
          draw(view, button.dataset.measure);
        });
      });
    });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
});
