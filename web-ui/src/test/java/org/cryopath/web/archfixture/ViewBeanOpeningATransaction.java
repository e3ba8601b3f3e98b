package org.cryopath.web.archfixture;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;

/** Wrong on purpose (ArchitectureTest): a view bean that opens its own transaction. */
public class ViewBeanOpeningATransaction {

    @Resource
    UserTransaction transaction;
}
