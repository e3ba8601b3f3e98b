<#import "/layout.ftl" as layout>
<@layout.page>
<#if booked??>Your follow-up appointment is booked<#else>Time to book your follow-up appointment</#if>

Dear ${patient.givenName} ${patient.familyName},

<#if booked??>Your follow-up scan is booked:
<@layout.appointment booked/><#else>Your care plan includes a follow-up scan, to be done by ${fmt.day(dueBy)}. Please call our scheduling line to book it.</#if>
</@layout.page>
