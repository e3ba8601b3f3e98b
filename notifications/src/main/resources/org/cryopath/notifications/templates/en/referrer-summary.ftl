<#import "/layout.ftl" as layout>
<@layout.page>
Treatment summary

Dear ${referrer},

Thank you for referring ${patientName} (born ${fmt.day(patientDateOfBirth)}), referred on ${fmt.day(referredOn)}. The patient was discharged home today. This is a summary of their treatment with us.

Anaesthesia: ${anaesthesia}
Guidance: ${guidance}
Sessions:
<#list sessions as s>
  - ${fmt.dateTime(s.start)}: <#if s.completed>completed<#else>stopped before completion</#if>
</#list>

<#if furtherSessions gt 0>Further sessions planned: ${furtherSessions}. We will book them with the patient.<#elseif followUpImaging?has_content>Follow-up plan: imaging on or about
<@layout.items followUpImaging?map(d -> fmt.day(d))/><#else>Follow-up plan: as agreed with the patient; no imaging is planned by our protocol.</#if>

For any question, please call us on ${clinic.phone}.
</@layout.page>
