<#import "/layout.ftl" as layout>
<@layout.page>
<#if !replacement??>Your appointment is cancelled<#else>Your appointment has a new time</#if>

Dear ${patient.givenName} ${patient.familyName},

<#if !replacement??>Your appointment on ${fmt.dateTime(previous.start)} is cancelled. Our scheduling team will call you about what happens next.<#else>Your appointment on ${fmt.dateTime(previous.start)} has moved. Your new appointment:
<@layout.appointment replacement/>
The calendar invitation attached updates your calendar. Reminders for the old time no longer apply.<#if escortUrl??>

Please tell us again who will take you home at the new time (the same person or someone else):
${escortUrl}</#if></#if>
</@layout.page>
