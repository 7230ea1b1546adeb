CREATE TABLE customers (customer_id integer PRIMARY KEY, customer_code char(12) NOT NULL, customer_name varchar(60),
                        customer_type varchar(20), valid_from date, valid_to date, email varchar(80));
CREATE TABLE locations (location_id integer PRIMARY KEY, location_name varchar(40), opened_at date, tax_rate decimal(5,4));
CREATE TABLE orders (order_id integer PRIMARY KEY, customer_id integer, location_id integer, ordered_at date,
                     order_status varchar(20), is_food_order boolean, order_total decimal(10,2), tax_paid decimal(10,2),
                     order_cost decimal(10,2));
CREATE TABLE stock_snapshots (stock_level_id integer PRIMARY KEY, location_id integer, snapshot_date date,
                              quantity_on_hand integer);
