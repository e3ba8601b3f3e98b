<#import "/layout.ftl" as layout>
<@layout.page>
Who will take you home?

Dear ${patient.givenName} ${patient.familyName},

Your appointment is on ${fmt.dateTime(appointment.start)}. You will not be able to drive or go home alone afterwards, and we can only go ahead when an adult takes you home and stays with you.

Please tell us who it will be:
${escortUrl}

Or call us and we will note it for you.
</@layout.page>
