import { ROLE_SHORT_LABELS } from '../core/roles';
import type { Role } from '../core/roles';

export interface DemoMember {
  id: string;
  name: string;
  roles: Role[];
  title: string | null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The local stand-in for "open the mini-program in WeChat": pick whose phone you are holding. */
export function renderLoginPage(members: DemoMember[]): string {
  const rows = members
    .map((member) => {
      const tags = member.roles.map((role) => `<span class="tag tag-${role}">${ROLE_SHORT_LABELS[role]}</span>`).join('');
      const title = member.title ? `<span class="title">${escapeHtml(member.title)}</span>` : '';
      return `<button class="cell" data-member="${escapeHtml(member.id)}"><span class="avatar">${escapeHtml(member.name.slice(-2))}</span><span class="main"><span class="name">${escapeHtml(member.name)}</span>${title}</span><span class="tags">${tags}</span></button>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>选择演示身份 · 整改通</title>
<style>
body{margin:0;background:#ededed;font:15px/1.4 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#191919}
header{padding:28px 16px 12px}h1{font-size:22px;margin:0 0 6px}p{margin:0;color:#7f7f7f;font-size:14px}
.list{background:#fff;margin:12px 0}.cell{display:flex;align-items:center;width:100%;min-height:64px;padding:10px 16px;border:0;border-bottom:1px solid #f0f0f0;background:#fff;text-align:left;font:inherit;cursor:pointer}
.cell:active{background:#ececec}.avatar{flex:none;width:40px;height:40px;border-radius:6px;background:#07c160;color:#fff;display:flex;align-items:center;justify-content:center;font-size:14px;margin-right:12px}
.main{flex:1;display:flex;flex-direction:column}.name{font-size:17px}.title{font-size:13px;color:#7f7f7f}
.tags{display:flex;gap:4px;flex-wrap:wrap;justify-content:flex-end}.tag{font-size:12px;padding:1px 6px;border-radius:3px;background:#f2f2f2;color:#576b95}
.tag-secretary{background:#fdecec;color:#e64340}.tag-leader{background:#fff4e5;color:#c87d2f}.tag-office{background:#e8f7ee;color:#07a34f}
.fresh{margin:0 16px;display:block;width:calc(100% - 32px);height:46px;border:0;border-radius:8px;background:#fff;color:#576b95;font:inherit;font-size:16px;cursor:pointer}
.note{padding:12px 16px 32px;font-size:12px;color:#a0a0a0}
</style></head><body>
<header><h1>整改通 · 本地演示</h1><p>选择一位演示成员进入，相当于在他的手机上打开小程序。</p></header>
<div class="list">
${rows || '<p style="padding:16px">还没有演示成员：请用 npm start 启动（首次启动会写入演示数据）。</p>'}
</div>
<button class="fresh" id="fresh">以一个未绑定的新微信进入（试用邀请码绑定）</button>
<p class="note">身份只写入本地模拟云的调用上下文（OPENID）；云函数走的是与线上完全相同的代码路径。</p>
<script>
async function login(body){const r=await fetch('/dev/login',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(body)});if(r.ok){location.href='/#/pages/me/index'}else{alert('登录失败：'+(await r.text()))}}
document.querySelectorAll('[data-member]').forEach(b=>b.addEventListener('click',()=>login({memberId:b.dataset.member})));
document.getElementById('fresh').addEventListener('click',()=>login({fresh:true}));
</script>
</body></html>`;
}
