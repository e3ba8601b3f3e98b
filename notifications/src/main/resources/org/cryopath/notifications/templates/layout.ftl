<#-- The plain-text frame of every patient email: readable in any mail client, no markup. -->
<#macro page>
${clinic.name}

<#nested>

--
${words["layout.questions"]} ${clinic.phone}
${clinic.name} - ${clinic.address}
${words["layout.automatic"]}
</#macro>

<#-- Lists and appointment blocks end with a blank line, so the text that follows reads as a new paragraph. -->
<#macro items list><#list list as item>
  - ${item}
</#list>

</#macro>

<#macro steps list><#list list as step>
  - <#if step.on??>${fmt.shortDay(step.on)}<#if step.at??>, ${fmt.clock(step.at)}</#if>: <#elseif step.before??>${fmt.before(step.before)}: </#if>${step.instruction}
</#list>

</#macro>

<#macro appointment a>
${words["layout.when"]} ${fmt.dateTime(a.start)}
${words["layout.arrive"]} ${fmt.time(a.arrival)}
${words["layout.where"]} <#if a.place?has_content>${a.place}, </#if>${clinic.address}

</#macro>
