<#import "/layout.ftl" as layout>
<@layout.page>
We have received your referral

Dear ${patient.givenName} ${patient.familyName},

On ${fmt.date(receivedAt)} we received a referral from ${referrerName} asking us to see you.

A member of our care team will review it, and our scheduling team will call you to arrange your next steps. You do not need to do anything now.

If your phone number or email address has changed, please call us so we can reach you.
</@layout.page>
