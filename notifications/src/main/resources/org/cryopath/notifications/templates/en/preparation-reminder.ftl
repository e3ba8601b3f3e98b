<#import "/layout.ftl" as layout>
<@layout.page>
Your appointment is in one week

Dear ${patient.givenName} ${patient.familyName},

Your appointment is on ${fmt.dateTime(appointment.start)}. Some of your preparation starts now:
<@layout.steps startingNow/>
<#if labs?has_content>
Tests to have done before your appointment:
<@layout.items labs/>
</#if>
<#if acknowledgeUrl??>Your full instructions: ${acknowledgeUrl}</#if>
</@layout.page>
