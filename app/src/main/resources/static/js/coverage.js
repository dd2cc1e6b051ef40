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
  // the usual short names of the provinces, for the tiles of the map
  const SHORT = {
    11: 'Aceh', 12: 'Sumut', 13: 'Sumbar', 14: 'Riau', 15: 'Jambi', 16: 'Sumsel', 17: 'Bengkulu', 18: 'Lampung',
    19: 'Babel', 21: 'Kepri', 31: 'DKI', 32: 'Jabar', 33: 'Jateng', 34: 'DIY', 35: 'Jatim', 36: 'Banten',
    51: 'Bali', 52: 'NTB', 53: 'NTT', 61: 'Kalbar', 62: 'Kalteng', 63: 'Kalsel', 64: 'Kaltim', 65: 'Kaltara',
    71: 'Sulut', 72: 'Sulteng', 73: 'Sulsel', 74: 'Sultra', 75: 'Gorontalo', 76: 'Sulbar', 81: 'Maluku',
    82: 'Malut', 91: 'Papua', 92: 'Pabar', 93: 'Papsel', 94: 'Papteng', 95: 'Papeg', 96: 'PBD',
  };
  const NO_DATA = -1;
  const value = (region, measure) => (region[field[measure]] === null ? null : Number(region[field[measure]]));

  function map(view, measure) {
    const byCode = Object.fromEntries(view.provinces.map((p) => [p.code, p]));
    const values = view.provinces.map((p) => value(p, measure)).filter((v) => v !== null);
    const max = values.length ? Math.max(...values) : 100;
    const tiles = view.tiles.map((t) => ({
      name: t.name,
      code: t.code,
      value: [t.column, t.row, byCode[t.code] && value(byCode[t.code], measure) !== null
        ? value(byCode[t.code], measure) : NO_DATA],
    }));
    // on a phone the squares are too small for their names: the tooltip names them instead
    const labelled = document.getElementById('coverage-map').clientWidth >= 600;
    chart('coverage-map').setOption({
      animation: false,
      tooltip: {
        formatter: (p) => `${p.data.name}<br>${labels[measure]}: ${p.data.value[2] === NO_DATA ? '—' : p.data.value[2] + ' %'}`,
      },
      grid: { left: 4, right: 4, top: 4, bottom: 48 },
      xAxis: { type: 'category', data: [...Array(15).keys()], show: false },
      yAxis: { type: 'category', data: [...Array(6).keys()], show: false, inverse: true },
      visualMap: [
        {
          min: 0, max: Math.ceil(max), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
          itemHeight: 120, seriesIndex: 0, inRange: { color: ['#d6e6f8', '#1f5fa8'] },
        },
        { show: false, seriesIndex: 1, min: NO_DATA - 1, max: 0, inRange: { color: ['#e0e0e0', '#e0e0e0'] } },
      ],
      series: [
        {
          type: 'heatmap',
          data: tiles.filter((t) => t.value[2] !== NO_DATA),
          label: { show: labelled, fontSize: 9, formatter: (p) => SHORT[p.data.code] || p.data.code },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
        },
        {
          // provinces without data: grey squares, outside the colour scale
          type: 'heatmap',
          data: tiles.filter((t) => t.value[2] === NO_DATA),
          label: { show: labelled, fontSize: 9, color: '#777', formatter: (p) => SHORT[p.data.code] || p.data.code },
          itemStyle: { borderColor: '#fff', borderWidth: 2, color: '#e0e0e0' },
        },
      ],
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
