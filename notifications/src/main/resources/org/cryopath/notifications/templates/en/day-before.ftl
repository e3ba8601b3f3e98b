<#import "/layout.ftl" as layout>
<@layout.page>
Your appointment is tomorrow

Dear ${patient.givenName} ${patient.familyName},

<@layout.appointment appointment/>
<#if solidFoodUntil??>Last food: ${fmt.dateTime(solidFoodUntil)}
</#if><#if clearFluidsUntil??>Last clear fluids (water, clear juice, black tea or coffee): ${fmt.dateTime(clearFluidsUntil)}
</#if>
<#if escortName??>${escortName} will take you home. Please make sure they can be reached by phone.<#else>We have no one on record to take you home yet. Please call us today.</#if>

Please bring:
<@layout.items bring/>
</@layout.page>
