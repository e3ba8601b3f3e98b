<#import "/layout.ftl" as layout>
<@layout.page>
One week later

Dear ${patient.givenName} ${patient.familyName},

It has been a week since your treatment. Most people feel much better by now.
<@layout.items activities/>
If something does not feel right, or you are still in pain, please call us.
</@layout.page>
