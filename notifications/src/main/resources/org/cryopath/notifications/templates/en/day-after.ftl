<#import "/layout.ftl" as layout>
<@layout.page>
How are you feeling today?

Dear ${patient.givenName} ${patient.familyName},

We hope your recovery has started well. In the first days it is normal to:
<@layout.items expected/>
Call us at once, day or night, on ${urgentPhone!clinic.phone} if you have:
<@layout.items warningSigns/>
In an emergency, call your local emergency number.
</@layout.page>
