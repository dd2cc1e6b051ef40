// The edition's progress: one row per province, one column per stage, each cell not started,
// running or done; a click opens that province's stages. Data come from the page's attributes
// (the Content-Security-Policy allows no inline scripts).
document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('progress-chart');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const stages = root.dataset.stages.split('|');
  const states = root.dataset.states.split('|');
  const provinces = root.dataset.provinces.split('|').map((row) => {
    const [code, name, cells] = row.split(';');
    return { code, name, cells: [...cells].map(Number) };
  });
  const data = [];
  provinces.forEach((p, y) => p.cells.forEach((state, x) => data.push([x, y, state])));
  root.style.height = `${Math.max(320, provinces.length * 22 + 90)}px`;
  const chart = echarts.init(root, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { formatter: (p) => `${provinces[p.data[1]].name}<br>${stages[p.data[0]]}: ${states[p.data[2]]}` },
    grid: { left: 8, right: 8, top: 8, bottom: 72, containLabel: true },
    xAxis: { type: 'category', data: stages, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'category', data: provinces.map((p) => p.name), inverse: true },
    visualMap: {
      type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0,
      pieces: states.map((label, value) => ({ value, label })),
      inRange: { color: ['#e9ecef', '#f0ad4e', '#198754'] },
    },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  });
  chart.on('click', (p) => {
    window.location.href = `/edisi/${root.dataset.year}/tahap/${provinces[p.data[1]].code}`;
  });
  window.addEventListener('resize', () => chart.resize());
});
