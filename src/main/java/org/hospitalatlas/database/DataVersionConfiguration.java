package org.hospitalatlas.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link WriteNoticingDataSource} around the application's DataSource, for {@link DataVersionCache}. */
@Configuration(proxyBeanMethods = false)
class DataVersionConfiguration {

    @Bean
    static BeanPostProcessor writeNoticingDataSource(ObjectProvider<DataVersionCache> cache) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof WriteNoticingDataSource)
                        ? new WriteNoticingDataSource(dataSource, cache.getObject())
                        : bean;
            }
        };
    }
}
