package ir.cadastre.web;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts the database pool behind {@link ReadLimitedDataSource}, so that every connection
 * the service takes, in a transaction or not, carries its thread's {@link ReadLimit}.
 */
@Component
class ReadLimitedPool implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource pool && !(bean instanceof ReadLimitedDataSource))
				? new ReadLimitedDataSource(pool) : bean;
	}

}
