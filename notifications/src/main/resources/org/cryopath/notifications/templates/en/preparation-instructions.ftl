<#import "/layout.ftl" as layout>
<@layout.page>
<#if revised>Your preparation has changed<#else>How to prepare for your appointment</#if>

Dear ${patient.givenName} ${patient.familyName},

<#if revised>Your care team has changed your preparation. These instructions replace the ones we sent before.<#else>Your care team has prepared these instructions for you.</#if><#if sessionStart??> Your appointment is on ${fmt.dateTime(sessionStart)}.</#if><#if earliestDate??> Your procedure can take place from ${fmt.day(earliestDate)}: our scheduling team will call you to book it. Count the days below back from your procedure day.</#if>

<#if sessionStart??>Please follow them on these dates:<#else>Please follow them:</#if>
<@layout.steps steps/>

Please confirm that you have read them:
${acknowledgeUrl}

If you are unsure about any of your medicines, call us before you change anything.
</@layout.page>
