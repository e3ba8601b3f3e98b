<#-- The plain-text frame of every patient email. -->
<#macro page>
${clinic.name}

<#nested>

--
${words["layout.questions"]} ${clinic.phone}
${clinic.name} - ${clinic.address}
${words["layout.automatic"]}
</#macro>
