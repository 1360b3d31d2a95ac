<#import "layout.ftlh" as layout>
<@layout.page title="Showreel">
  <h1>${title}</h1>
  <#if consent?? && consent.marketing>
    <div style="padding:56.25% 0 0 0;position:relative;"><iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;badge=0&amp;autopause=0&amp;player_id=0&amp;app_id=58479" frameborder="0" allow="autoplay; fullscreen; picture-in-picture; clipboard-write" style="position:absolute;top:0;left:0;width:100%;height:100%;" title="Company showreel 2024"></iframe></div>
  <#else>
    <div class="consent-placeholder" data-service="vimeo">Accept marketing cookies to watch the video.</div>
  </#if>
</@layout.page>
