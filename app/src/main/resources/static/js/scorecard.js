// The scorecard's chart: how many peers reach each band of desk scores, the candidate's own band
// highlighted (DESIGN §5.7). Data come in data-* attributes because the Content-Security-Policy
// allows no inline scripts.
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('peer-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const bins = JSON.parse(element.dataset.bins);
  const own = Number(element.dataset.ownBin);
  const width = Number(element.dataset.binWidth);
  const labels = bins.map((_, i) => `${i * width}–${(i + 1) * width}`);
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 10, top: 30, bottom: 40 },
    tooltip: { trigger: 'axis' },
    legend: { data: [element.dataset.labelPeers, element.dataset.labelOwn] },
    xAxis: { type: 'category', data: labels, name: element.dataset.labelScore, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: element.dataset.labelPeers,
        type: 'bar',
        stack: 'peers',
        data: bins.map((count, i) => (i === own ? 0 : count)),
        itemStyle: { color: '#9fb7d6' },
      },
      {
        name: element.dataset.labelOwn,
        type: 'bar',
        stack: 'peers',
        data: bins.map((count, i) => (i === own ? count : 0)),
        itemStyle: { color: '#c0392b' },
      },
    ],
  });
  element.dataset.rendered = 'true';
  window.addEventListener('resize', () => chart.resize());
});
