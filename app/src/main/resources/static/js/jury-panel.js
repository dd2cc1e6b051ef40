// The panel's chart: every juror's score of each nominee (a dot) and the nominee's mean (a bar),
// shown once the interview stage is done. Data come in data-* attributes because the
// Content-Security-Policy allows no inline scripts.
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('panel-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const nominees = JSON.parse(element.dataset.nominees);
  const names = nominees.map((n) => n.name);
  const dots = [];
  nominees.forEach((n, i) => n.scores.forEach((s) => dots.push([i, s])));
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 10, top: 30, bottom: 60 },
    tooltip: { trigger: 'item' },
    legend: { data: [element.dataset.labelMean, element.dataset.labelJuror] },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        name: element.dataset.labelMean,
        type: 'bar',
        data: nominees.map((n) => n.mean),
        itemStyle: { color: '#9fb7d6' },
      },
      {
        name: element.dataset.labelJuror,
        type: 'scatter',
        data: dots,
        itemStyle: { color: '#c0392b' },
      },
    ],
  });
  element.dataset.rendered = 'true';
  window.addEventListener('resize', () => chart.resize());
});
