<#import "/layout.ftl" as layout>
<@layout.page>
Your appointment is booked

Dear ${patient.givenName} ${patient.familyName},

Your appointment is booked:
<@layout.appointment appointment/>
The calendar invitation attached adds it to your calendar.

Please bring:
<@layout.items bring/>
You will not be able to drive or go home alone afterwards. Please tell us who will take you home and stay with you:
${escortUrl}
</@layout.page>
