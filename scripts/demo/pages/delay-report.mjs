// JD delay management (延迟发货报备): the emergency report form the helper can fill.
import { page } from '../layout.mjs';
import { demoNav } from './nav.mjs';

const css = `
.form { background: #fff; border-radius: 6px; padding: 16px 20px; max-width: 720px; display: grid; gap: 12px; }
.form-item { display: grid; grid-template-columns: 140px 1fr; gap: 12px; align-items: start; }
.form-item label { color: #4e5969; padding-top: 6px; }
.form-item input, .form-item select, .form-item textarea { font: inherit; padding: 6px 8px; border: 1px solid #d9d9d9; border-radius: 4px; }
`;

export function delayReportPage() {
  const body = `<h2>延迟发货报备</h2><form class="form" onsubmit="event.preventDefault(); document.getElementById('result').textContent = '已提交：' + new FormData(this).get('orderId');">
<div class="form-item"><label for="orderId">订单号</label><input id="orderId" name="orderId" placeholder="请输入订单号"></div>
<div class="form-item"><label for="reason">延迟原因</label><select id="reason" name="reason"><option value="">请选择</option><option value="1">商品缺货</option><option value="2">天气等不可抗力</option><option value="3">买家要求延迟发货</option><option value="4">其他</option></select></div>
<div class="form-item"><label for="shipTime">预计发货时间</label><input id="shipTime" name="shipTime" placeholder="YYYY-MM-DD HH:mm"></div>
<div class="form-item"><label for="desc">情况说明</label><textarea id="desc" name="desc" rows="3"></textarea></div>
<div class="form-item"><label>凭证</label><input type="file"></div>
<div class="form-item"><span></span><button type="submit">提交报备</button></div>
<p id="result"></p></form>`;
  return page({
    title: '延迟管理',
    brand: '京麦 · 商家工作台',
    color: '#e1251b',
    nav: demoNav,
    active: '/jd/delay-report',
    css,
    body,
  });
}
