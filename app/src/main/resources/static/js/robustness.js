// Robustness of a ranking (DESIGN §5.9): for the best-ranked candidates, the share of weight
// draws in which each keeps its rank and stays in the top 3. Data come from the table below the
// chart (the Content-Security-Policy allows no inline scripts).
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('robustness-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const rows = [...document.querySelectorAll('#robustness-table tbody tr')].slice(0, 25).reverse();
  const percent = (value) => Math.round(Number(value) * 1000) / 10;
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 150, right: 20, top: 30, bottom: 30 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v} %` },
    legend: { data: [element.dataset.labelKeep, element.dataset.labelTop3] },
    xAxis: { type: 'value', max: 100, name: '%' },
    yAxis: { type: 'category', data: rows.map((r) => r.dataset.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: element.dataset.labelKeep, type: 'bar', data: rows.map((r) => percent(r.dataset.keep)), itemStyle: { color: '#1f5fa8' } },
      { name: element.dataset.labelTop3, type: 'bar', data: rows.map((r) => percent(r.dataset.top3)), itemStyle: { color: '#e0a800' } },
    ],
  });
  element.dataset.rendered = 'true';
  window.addEventListener('resize', () => chart.resize());
});
